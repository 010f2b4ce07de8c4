"""The Qt desktop program over planner/ services."""
