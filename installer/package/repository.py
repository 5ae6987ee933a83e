"""The repository's signing key and the signed flat apt repository (build.py key, build.py repo)."""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
from pathlib import Path

from common import KEYRING_NAME, link_or_copy, log, run

ORIGIN = "Guichet"


def gpg_env(args: argparse.Namespace) -> tuple[dict[str, str], str | None]:
    """GUICHET_REPO_GNUPGHOME + GUICHET_REPO_KEY name the mutuality's real key; otherwise a
    development key made once in var/repo-key (ignored by git)."""
    home = os.environ.get("GUICHET_REPO_GNUPGHOME") or str(Path(args.key_dir).resolve())
    env = {**os.environ, "GNUPGHOME": home}
    return env, os.environ.get("GUICHET_REPO_KEY")


def ensure_key(args: argparse.Namespace) -> Path:
    env, key = gpg_env(args)
    home = Path(env["GNUPGHOME"])
    if key is None:
        key = "apt@guichet.invalid"
        home.mkdir(parents=True, exist_ok=True)
        home.chmod(0o700)
        listed = subprocess.run(
            ["gpg", "--batch", "--list-secret-keys", key], env=env, capture_output=True
        )
        if listed.returncode != 0:
            log(f"making a development signing key in {home}")
            run(
                "gpg",
                "--batch",
                "--quiet",
                "--passphrase",
                "",
                "--quick-gen-key",
                f"Guichet archive, development key <{key}>",
                "ed25519",
                "sign",
                "never",
                env=env,
            )
    keyring = Path(args.key_dir).resolve() / KEYRING_NAME
    keyring.parent.mkdir(parents=True, exist_ok=True)
    exported = subprocess.run(
        ["gpg", "--batch", "--export", key], env=env, capture_output=True, check=True
    ).stdout
    if not exported:
        raise SystemExit(f"gpg has no public key {key} in {env['GNUPGHOME']}")
    keyring.write_bytes(exported)
    return keyring


def cmd_key(args: argparse.Namespace) -> None:
    print(ensure_key(args))


def cmd_repo(args: argparse.Namespace) -> None:
    """A flat repository (`deb [signed-by=…] URL ./`): Packages, Release, InRelease, Release.gpg."""
    dist = Path(args.dist).resolve()
    out = Path(args.out).resolve()
    debs = sorted(dist.glob("*.deb"))
    if not debs:
        raise SystemExit(f"no .deb in {dist}: run `make package` first")
    keyring = ensure_key(args)
    env, key = gpg_env(args)
    key = key or "apt@guichet.invalid"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.is_file():
            old.unlink()
    for deb in debs:
        link_or_copy(deb.resolve(), out / deb.name)
    packages = run("apt-ftparchive", "packages", ".", cwd=out, capture_output=True).stdout
    (out / "Packages").write_bytes(packages)
    (out / "Packages.gz").write_bytes(gzip.compress(packages, mtime=0))
    release = run(
        "apt-ftparchive",
        "-o",
        f"APT::FTPArchive::Release::Origin={ORIGIN}",
        "-o",
        f"APT::FTPArchive::Release::Label={ORIGIN}",
        "-o",
        "APT::FTPArchive::Release::Suite=stable",
        "-o",
        "APT::FTPArchive::Release::Codename=bookworm",
        "-o",
        "APT::FTPArchive::Release::Architectures=amd64 all",
        "-o",
        "APT::FTPArchive::Release::Description=Guichet packages for Debian 12",
        "release",
        ".",
        cwd=out,
        capture_output=True,
    ).stdout
    (out / "Release").write_bytes(release)
    sign = ["gpg", "--batch", "--yes", "--local-user", key, "--digest-algo", "SHA512"]
    run(*sign, "--clearsign", "-o", out / "InRelease", out / "Release", env=env)
    run(*sign, "--armor", "--detach-sign", "-o", out / "Release.gpg", out / "Release", env=env)
    shutil.copy2(keyring, out / KEYRING_NAME)
    log(f"signed repository in {out} ({len(debs)} packages); key {key}")
