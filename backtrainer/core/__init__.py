"""The workout core: routine model, planner, session logic. Pure Python, no Qt."""
