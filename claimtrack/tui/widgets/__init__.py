"""Widgets of the claimtrack TUI: they render what they are given and post messages."""
