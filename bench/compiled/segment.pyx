# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Prototype: the word view's segmentation (jieba's word graph and best route) compiled.

The same algorithm as `pipeline.extractors.names.words._Tagger.segment`, over
the same word table (a dict of word -> (frequency, tag), filled on demand by
`entry`), in the same floating-point operations, so the words are the same.
Not part of the package: built and measured by bench_segment.py only.
"""

from libc.math cimport log
from libc.stdlib cimport free, malloc


def segment(str sentence, dict known, object entry, double log_total):
    """The words of a run of Chinese characters, as jieba's `cut(HMM=False)` gives them."""
    cdef Py_ssize_t length = len(sentence)
    cdef Py_ssize_t start, end, best_end
    cdef double best, score
    cdef object found, frequency
    cdef double *route_score = <double *> malloc((length + 1) * sizeof(double))
    cdef Py_ssize_t *route_end = <Py_ssize_t *> malloc((length + 1) * sizeof(Py_ssize_t))
    cdef list words = []
    cdef int any_word
    try:
        route_score[length] = 0
        route_end[length] = 0
        for start in range(length - 1, -1, -1):
            any_word = 0
            best = 0
            best_end = start
            end = start + 1
            while end <= length:
                fragment = sentence[start:end]
                found = known.get(fragment)
                if found is None:
                    found = entry(fragment)
                frequency = (<tuple> found)[0]
                if frequency is None:
                    break
                if frequency:
                    score = log(<double> (<long long> frequency)) - log_total + route_score[end]
                    # Python's max over (score, end) pairs: a tie goes to the later end.
                    if not any_word or score >= best:
                        best = score
                        best_end = end - 1
                        any_word = 1
                end += 1
            if not any_word:
                best = log(1.0) - log_total + route_score[start + 1]
                best_end = start
            route_score[start] = best
            route_end[start] = best_end
        start = 0
        while start < length:
            end = route_end[start] + 1
            words.append(sentence[start:end])
            start = end
        return words
    finally:
        free(route_score)
        free(route_end)
