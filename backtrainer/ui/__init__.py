"""The Qt window. The shell (start-up, main window, menus and keys, theme, About) sits
here; each screen has its own subpackage, and screens do not import each other."""
