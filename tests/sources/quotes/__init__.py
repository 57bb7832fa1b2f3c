"""Quote tests (a package so test module names need not be unique across folders)."""
