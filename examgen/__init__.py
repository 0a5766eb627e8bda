"""examgen: study notes in, Anki decks and printable practice exams out."""

__version__ = "0.1.0"
