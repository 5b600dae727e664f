"""The window's light and dark themes: palettes the app applies itself."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#2a2b2e",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#4c8bf5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
}


_DARK_DISABLED_TEXT = "#6f7378"
_TEXT_ROLES = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.ButtonText,
)


class ThemeSwitcher:
    """Light and dark palettes applied by the app itself: a colour-scheme hint alone is
    ignored by many Linux desktops (and by the offscreen platform)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.system_style: str | None = None
        """The style the app started with, noted before the first switch away from it:
        asking for it wraps QStyle, whose eleven enums PySide builds in about 10 ms, which
        the first paint need not wait for when the theme is the system's."""
        self.system_palette = app.palette()  # a copy; QPalette(...) would build `Qt`
        self.current = "system"

    def apply(self, name: str) -> None:
        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
        if name == "system":
            if self.system_style is not None:  # None: the system's style was never left
                self.app.setStyle(self.system_style)
                self.app.setPalette(self.system_palette)
            self.current = name
            return
        if self.system_style is None:
            self.system_style = self.app.style().name()
        self.current = name
        self.app.setStyle("Fusion")  # a style that draws with the palette it is given
        palette = self.app.style().standardPalette()
        if name == "dark":
            for role, colour in _DARK.items():
                palette.setColor(role, QColor(colour))
            # Disabled text must look disabled: mid-grey, not a slightly dimmer white.
            for role in _TEXT_ROLES:
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED_TEXT))
            palette.setColor(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#2a2b2e")
            )
        self.app.setPalette(palette)
