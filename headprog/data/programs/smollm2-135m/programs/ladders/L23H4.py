"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L23H4
label: explanation ladder
source: ladder of L23H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5080 rung2_heldout_iou=0.5704 rung3_heldout_iou=0.5829 rung5_heldout_iou=0.5878 rung8_heldout_iou=0.5895 full_heldout_iou=0.5897 uniform_heldout_iou=0.1695
"""


@program(normalize="weights", fallback="first", head="L23H4", label="1 term")
def L23H4_1(q, k):
    """Rung 1 of L23H4: first token (sink). Held-out IoU 0.508"""
    return 151.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H4", label="2 terms")
def L23H4_2(q, k):
    """Rung 2 of L23H4: first token (sink) + word-class preference. Held-out IoU 0.570. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.316, 4.32, 0.116, 0.133, 0.0798, 0.122, 0.2, 0.116, 0.139, 1.36, 0.169, 3.4, 0.248)
    return key_class + 108.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L23H4", label="3 terms")
def L23H4_3(q, k):
    """Rung 3 of L23H4: first token (sink) + word-class preference + local window. Held-out IoU 0.583. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.251, 4.03, 0.0771, 0.13, 0.0431, 0.105, 0.18, 0.116, 0.131, 1.38, 0.161, 3.28, 0.251)
    return key_class + 145.0 * (k == 0) + 1.71 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L23H4", label="5 terms")
def L23H4_5(q, k):
    """Rung 5 of L23H4: first token (sink) + word-class preference + local window + first token (sink) + first token (sink). Held-out IoU 0.588. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.249, 3.96, 0.0789, 0.132, 0.0437, 0.107, 0.184, 0.116, 0.133, 1.39, 0.164, 3.3, 0.255)
    first_by_class = table(word_class(q), 46.1, 7.5, 1.67, 10.0, 0.92, 3.21, 4.24, 8.71, 3.78, 1.4, 3.84, 1.38, 6.14)
    return key_class + (k == 0) * first_by_class + 154.0 * (k == 0) + 1.72 * decay(q - k, 3.0) + 1.44 * (k == 1)


@program(normalize="weights", fallback="first", head="L23H4", label="8 terms")
def L23H4_8(q, k):
    """Rung 8 of L23H4: first token (sink) + word-class preference + local window + first token (sink) + first token (sink) + first token (sink) + sentence start + word-class preference. Held-out IoU 0.590. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.242, 3.98, 0.0775, 0.132, 0.0433, 0.106, 0.182, 0.116, 0.132, 1.41, 0.163, 3.32, 0.265)
    first_by_class = table(word_class(q), 46.1, 7.51, 1.51, 9.95, 0.793, 3.14, 4.14, 8.72, 3.88, 1.64, 4.04, 1.2, 6.11)
    return key_class + (k == 0) * first_by_class + 161.0 * (k == 0) + 0.559 * (k == last(is_capitalized, q)) + 0.318 * (k >= sentence_start(q)) + 1.64 * decay(q - k, 3.0) + 1.45 * (k == 1) + 29.0 * (k == 0 and is_word_start(q))
