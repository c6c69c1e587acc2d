"""The reader's widgets: each owns its keys and says what the reader did in it as a
message (the list's cursor moved, a sentence or a figure was chosen)."""
