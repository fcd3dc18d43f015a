"""extractors/dates"""
