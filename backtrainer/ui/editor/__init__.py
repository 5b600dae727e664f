"""The routine editor dialog: outline, per-item forms, live plan preview, refusals."""
