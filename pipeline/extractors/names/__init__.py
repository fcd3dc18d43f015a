"""extractors/names"""
