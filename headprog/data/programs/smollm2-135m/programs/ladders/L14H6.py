"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H6
label: explanation ladder
source: ladder of L14H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5859 rung2_heldout_iou=0.6876 rung5_heldout_iou=0.6889 rung8_heldout_iou=0.6902 full_heldout_iou=0.6958 uniform_heldout_iou=0.1877
"""


@program(normalize="weights", fallback="first", head="L14H6", label="1 term")
def L14H6_1(q, k):
    """Rung 1 of L14H6: first token (sink). Held-out IoU 0.586"""
    return 218.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H6", label="2 terms")
def L14H6_2(q, k):
    """Rung 2 of L14H6: first token (sink) + local window. Held-out IoU 0.688"""
    return 284.0 * (k == 0) + 5.22 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L14H6", label="5 terms")
def L14H6_5(q, k):
    """Rung 5 of L14H6: first token (sink) + local window + first token (sink) + first token (sink) + first token (sink). Held-out IoU 0.689. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 9.96, 21.7, 1.76, 0.357, 2.7, 1.7, 0.377, 0.422, 5.41, 0.404, 16.8, 18.7, 0.368)
    return (k == 0) * first_by_class + 272.0 * (k == 0) + 5.4 * decay(q - k, 10.0) + 6.63 * ((k == 0) * decay(q, 32.0)) + 9.05 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L14H6", label="8 terms")
def L14H6_8(q, k):
    """Rung 8 of L14H6: first token (sink) + local window + first token (sink) + first token (sink) + first token (sink) + duplicate token + word-class preference + duplicate token. Held-out IoU 0.690. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 10.2, 21.7, 1.91, 0.357, 2.81, 1.83, 0.376, 0.419, 5.47, 0.403, 16.9, 18.8, 0.367)
    return (k == 0) * first_by_class + 261.0 * (k == 0) + 0.0719 * (k < q and token(k) == token(q)) + 0.0584 * (k < q and lower(k) == lower(q)) + 5.64 * decay(q - k, 10.0) + 6.83 * ((k == 0) * decay(q, 32.0)) + 9.29 * (k == 0 and is_word_start(q)) + 0.0625 * (k < q and word_class(k) == word_class(q))
