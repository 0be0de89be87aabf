"""Korean-aware search: a per-language index with Korean segmentation and query expansion,
searched by our own worker behind Material's search interface."""
