"""The glossary plugin: terms from glossary/*.yml linked in pages, a generated glossary page
per language, and glossary.json plus an Anki deck at each language's root."""
