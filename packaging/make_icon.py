#!/usr/bin/env python3
"""Draw the application icon files from `meapp/resources/icons/app.svg` (generated, then committed).

    .venv/bin/python packaging/make_icon.py

Writes `meapp/resources/icons/meapp.png` (256 px, for Linux desktops and the About box) and
`meapp/resources/icons/meapp.ico` (16–256 px, for the Windows executable, the Start-menu shortcut
and the installer). Each size is rendered from the SVG on its own, so the small ones stay
sharp instead of being scaled down from the big one. Needs PySide6 (Qt's SVG renderer) and
Pillow (the ICO writer); both are in the development venv.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "meapp" / "resources" / "icons" / "app.svg"
PNG = ROOT / "meapp" / "resources" / "icons" / "meapp.png"
ICO = ROOT / "meapp" / "resources" / "icons" / "meapp.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> bytes:
    """The SVG drawn at `size` × `size` pixels, as PNG bytes with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: Image.open(io.BytesIO(render(size))).convert("RGBA") for size in ICO_SIZES}
    images[256].save(PNG, format="PNG", optimize=True)
    # Pillow writes every size listed, each from the closest image given.
    images[256].save(
        ICO,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    print(f"{PNG.relative_to(ROOT)}  {ICO.relative_to(ROOT)} ({len(ICO_SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
