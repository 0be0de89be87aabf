"""The exam-tips plugin: exam tips, corrections and updates as styled admonitions, their
index pages per language, and exam-tips.json plus an Anki deck at each language's root."""
