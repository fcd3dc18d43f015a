"""Imported once by the local engine's fork server: warms the pipeline there.

Every worker process is forked from that server, so it starts with the rule
files loaded and every pattern, automaton and converter already built
(shared copy-on-write) instead of building them itself.
"""

from pipeline.runner import warm_up

warm_up()
