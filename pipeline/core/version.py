"""The version of provex, in one place."""

VERSION = "0.2.0"
