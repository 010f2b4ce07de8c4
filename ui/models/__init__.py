"""Qt item models over planner/ data."""
