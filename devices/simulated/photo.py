"""A made-up holder photo: a grey JPEG silhouette of the card's size (no real face anywhere)."""

from __future__ import annotations

import hashlib
import io


def make_photo(seed: str, size: tuple[int, int] = (140, 200)) -> bytes:
    """A deterministic greyscale JPEG (about 3 KB, like real cards); `seed` varies the shade."""
    from PIL import Image, ImageDraw  # Pillow comes with reportlab; only the simulator needs it

    shade = hashlib.sha256(seed.encode()).digest()
    width, height = size
    image = Image.new("L", size, 200 + shade[0] % 40)
    draw = ImageDraw.Draw(image)
    tone = 60 + shade[1] % 60
    draw.ellipse((width * 0.3, height * 0.15, width * 0.7, height * 0.5), fill=tone)
    draw.ellipse((width * 0.1, height * 0.55, width * 0.9, height * 1.2), fill=tone - 20)
    for i in range(0, width, 7):  # some texture, so the JPEG is not trivially small
        draw.line((i, 0, i + shade[2] % 9, height * 0.12), fill=180 + (i * 7) % 50)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=92)
    return out.getvalue()
