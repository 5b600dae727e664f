"""The banner of problems at the top of the window, and the plain words it says."""
