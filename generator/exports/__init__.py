"""Data for download and for editors: JSON and CSV of the content, its JSON Schema."""
