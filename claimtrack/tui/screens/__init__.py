"""The six views of the TUI, one screen each, switched with 1…6 (Textual modes)."""
