"""BackTrainer: hands-free back and upper-body workouts for runners."""

__version__ = "0.1.0"
