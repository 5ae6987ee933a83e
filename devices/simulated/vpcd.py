"""Serving a virtual card to pcscd through the vpcd driver (vsmartcard), as a TCP client.

Protocol: every message is a 2-byte big-endian length and a payload. One-byte payloads from
vpcd are control messages (0 power off, 1 power on, 2 reset: no reply; 4 get ATR: reply with
the ATR); anything longer is a command APDU, answered with the response APDU. Card inserted =
connected; removed = socket closed. vpcd sends the length and the payload as two segments, so
TCP_QUICKACK is re-armed before every receive: without it a delayed ACK costs ~40 ms per APDU.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time

from devices.simulated.card import VirtualCard

VPCD_PORT = 35963


class VpcdCard:
    """One virtual card slot at vpcd: insert() connects, remove() disconnects.

    The card's own faults play out on the wire: removal closes the socket, a mute card stays
    silent for `mute_seconds` and then drops the link (vpcd itself never times out).
    """

    def __init__(self, host: str = "127.0.0.1", port: int = VPCD_PORT, mute_seconds: float = 1.0):
        self.host, self.port, self.mute_seconds = host, port, mute_seconds
        self.card: VirtualCard | None = None
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.apdus = 0

    @property
    def inserted(self) -> bool:
        return self._sock is not None

    def insert(self, card: VirtualCard, timeout: float = 5.0) -> None:
        """Connect to vpcd (retrying while pcscd starts) and answer it in a thread."""
        self.remove()
        deadline = time.monotonic() + timeout
        while True:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=1.0)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise ConnectionError(
                        f"vpcd is not listening on {self.host}:{self.port} (is pcscd running "
                        "with the vsmartcard-vpcd driver?)"
                    ) from None
                time.sleep(0.05)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self.card, self._sock = card, sock
        self._thread = threading.Thread(target=self._serve, args=(sock, card), daemon=True)
        self._thread.start()

    def remove(self) -> None:
        """Pull the card: close the link; pcscd notices at its next presence poll (≤ 400 ms)."""
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2.0)
        self._thread = None

    def swap(self, card: VirtualCard, gap: float = 0.5) -> None:
        """Pull the card and push another one in, leaving the slot empty for one pcscd poll.

        vpcd only notices a closed link at its next presence poll (every 400 ms); a new link
        opened before that is taken as the same card, so a zero-time swap would be invisible
        to pcscd itself (no real hand is that fast).
        """
        self.remove()
        time.sleep(gap)
        self.insert(card)

    @staticmethod
    def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
        data = bytearray()
        while len(data) < size:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(size - len(data))
            if not chunk:
                return None
            data += chunk
        return bytes(data)

    def _serve(self, sock: socket.socket, card: VirtualCard) -> None:
        try:
            while True:
                header = self._recv_exact(sock, 2)
                if header is None:
                    break
                (length,) = struct.unpack(">H", header)
                payload = self._recv_exact(sock, length) if length else b""
                if payload is None:
                    break
                if len(payload) == 1:
                    control = payload[0]
                    if control == 0:
                        card.power_off()
                    elif control == 1:
                        card.power_on()
                    elif control == 2:
                        card.reset()
                    elif control == 4:
                        sock.sendall(struct.pack(">H", len(card.atr)) + card.atr)
                    continue
                self.apdus += 1
                response = card.process(payload)
                if not card.present:
                    break  # pulled: close the link instead of answering
                if response is None:
                    time.sleep(self.mute_seconds)  # mute: say nothing, then drop the link
                    break
                sock.sendall(struct.pack(">H", len(response)) + response)
        except OSError:
            pass
        finally:
            with self._lock:
                if self._sock is sock:
                    self._sock = None
            with contextlib.suppress(OSError):
                sock.close()
