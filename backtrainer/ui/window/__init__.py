"""The main window's frame and how windows fit the screen: what the first paint needs."""
