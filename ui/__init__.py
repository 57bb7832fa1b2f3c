"""The dashboard's app layer: Streamlit caching and widgets (``framing/`` stays UI-free)."""
