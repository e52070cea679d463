"""PyInstaller hook: pyqtgraph loads Qt's OpenGL modules with importlib, out of sight.

`import pyqtgraph` reaches `pyqtgraph.Qt.OpenGLHelpers` (through PlotCurveItem), which calls
`importlib.import_module("PySide6.QtOpenGL")` and `"PySide6.QtOpenGLWidgets"`. PyInstaller
cannot see such calls; today the two modules arrive anyway through other imports, but the
bundled dashboard must not depend on that luck, so they are named here. The hook applies
only when pyqtgraph is part of the bundle (checked with a frozen PlotWidget).
"""

hiddenimports = ["PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"]
