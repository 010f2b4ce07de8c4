"""Snapshots of the operation's records held for the screens, loaded in the background."""
