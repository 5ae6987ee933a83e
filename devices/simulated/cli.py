"""guichet-card: make the test PKI, serve a virtual card to pcscd through vpcd, export .eid.

    guichet-card make-pki DIR
    guichet-card serve PROFILE [--pki DIR] [--port 35963] [--softhsm DIR] [--forge KIND]
                       [--remove-at N] [--mute-at N] [--corrupt-at N] [--truncate-at N]
                       [--pin-tries N] [--no-insert]
    guichet-card export-eid PROFILE OUT.eid [--pki DIR]

`serve` reads commands on stdin, one a line: insert [PROFILE], remove, swap PROFILE, status,
quit. PROFILE is a .toml/.json profile, a .eid file saved by the eID Viewer, or the name of a
shipped profile (see devices/simulated/profiles/).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from devices.simulated.card import Faults, VirtualCard
from devices.simulated.image import CardImage, Forgery, build_card_image
from devices.simulated.pki import TestPki
from devices.simulated.profile import Profile, load_profile

DEFAULT_PKI = Path.home() / ".cache" / "guichet" / "test-pki"


def open_profile(name: str) -> Profile:
    if name.endswith(".eid"):
        from devices.simulated.eidfile import read_eid_file

        return read_eid_file(name)
    return load_profile(name)


def _image(name: str, pki: TestPki, pki_dir: Path, args: argparse.Namespace) -> CardImage:
    profile = open_profile(name)
    if args.pin_tries is not None:
        profile.pin_tries_left = args.pin_tries
    forge = Forgery(args.forge) if args.forge else None
    return build_card_image(profile, pki, forge=forge, key_cache=pki_dir / "cards")


def _serve(args: argparse.Namespace) -> int:
    from devices.simulated.vpcd import VpcdCard

    pki_dir = Path(args.pki)
    pki = TestPki.load_or_make(pki_dir)
    faults = Faults(args.remove_at, args.mute_at, args.corrupt_at, args.truncate_at)
    slot = VpcdCard(port=args.port)
    image = _image(args.profile, pki, pki_dir, args)

    def insert(image: CardImage) -> None:
        if args.softhsm:
            from devices.simulated.softhsm import init_token_dir, provision

            init_token_dir(Path(args.softhsm), image.pin)
            provision(image)
        slot.insert(VirtualCard(image, faults))
        print(f"inserted {image.label}", flush=True)

    if not args.no_insert:
        insert(image)
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        command, rest = words[0], words[1:]
        try:
            if command == "insert":
                insert(_image(rest[0], pki, pki_dir, args) if rest else image)
            elif command == "remove":
                slot.remove()
                print("removed", flush=True)
            elif command == "swap" and rest:
                image = _image(rest[0], pki, pki_dir, args)
                slot.remove()
                time.sleep(0.5)  # one pcscd presence poll: see VpcdCard.swap
                insert(image)
            elif command == "status":
                state = "inserted" if slot.inserted else "removed"
                print(f"{state} apdus={slot.apdus}", flush=True)
            elif command == "quit":
                break
            else:
                print(f"unknown command {line.strip()!r}", flush=True)
        except (OSError, ValueError, ConnectionError) as exc:
            print(f"error: {exc}", flush=True)
    slot.remove()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guichet-card", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("make-pki", help="make the test PKI (roots, CAs, RRN) in DIR")
    make.add_argument("dir")
    serve = commands.add_parser("serve", help="serve a virtual card to pcscd through vpcd")
    serve.add_argument("profile")
    serve.add_argument("--pki", default=str(DEFAULT_PKI))
    serve.add_argument("--port", type=int, default=35963)
    serve.add_argument("--softhsm", help="token directory: provision a BELPIC SoftHSM2 token")
    serve.add_argument("--forge", choices=[f.value for f in Forgery])
    for fault in ("remove-at", "mute-at", "corrupt-at", "truncate-at"):
        serve.add_argument(f"--{fault}", type=int, metavar="N")
    serve.add_argument("--pin-tries", type=int, choices=range(4))
    serve.add_argument("--no-insert", action="store_true", help="wait for 'insert' on stdin")
    export = commands.add_parser("export-eid", help="save a profile as an eID Viewer .eid file")
    export.add_argument("profile")
    export.add_argument("out")
    export.add_argument("--pki", default=str(DEFAULT_PKI))
    args = parser.parse_args(argv)
    if args.command == "make-pki":
        directory = Path(args.dir)
        TestPki.load_or_make(directory)
        print(f"test PKI in {directory} (trust the *-root.cert.pem files in test mode only)")
        return 0
    if args.command == "serve":
        return _serve(args)
    from devices.simulated.eidfile import write_eid_file

    pki_dir = Path(args.pki)
    pki = TestPki.load_or_make(pki_dir)
    profile = open_profile(args.profile)
    write_eid_file(profile, build_card_image(profile, pki, key_cache=pki_dir / "cards"), args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
