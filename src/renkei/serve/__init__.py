"""renkei web layer: FastAPI app, pages (Jinja2 + HTMX) and JSON API over the store."""
