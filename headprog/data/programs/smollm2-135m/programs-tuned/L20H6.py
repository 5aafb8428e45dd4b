"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H6
label: first token
source: offline search (seed 0), fitted for L20H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L20H6", label="first token")
def L20H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 1.6 * (k == q - 1) + 0.196 * (k == q - 2) + 592.0 * (k == 0) + 1.5 * (k == last(is_word_start, q)) + 31.6 * (prev_token(k) == token(q)) + 0.23 * (k >= sentence_start(q)) + 0.0156 * is_sentence_end(k) + 0.136 * decay(q - k, 3.0) + 0.0692 * decay(q - k, 10.0) + 2.62 * ((k == 0) * decay(q, 32.0)) + 6.21 * (k == 0 and is_word_start(q)) + 14.5 * (k == prev_occurrence(q) + 1) + 0.534 * table(word_class(k), 0.147, 0.249, 0.094, 0.16, 0.148, 0.313, 0.156, 0.273, 0.304, 0.134, 0.258, 0.171, 0.25) + 0.29 * ((k == 0) * table(word_class(q), 5.8, 3.21, 4.04, 2.95, 3.34, 3.03, 2.3, 1.85, 3.27, 1.84, 3.22, 2.85, 2.1)) + 0.106 * ((k == q) * table(word_class(q), 0.582, 0.912, 0.304, 0.372, 0.901, 0.495, 0.771, 1.25, 0.386, 0.365, 0.477, 0.663, 0.32)) + 10.0 * ((k == q - 1) * table(word_class(q), 0.351, 0.33, 0.267, 0.346, 0.385, 0.368, 0.357, 0.433, 0.317, 0.301, 0.302, 0.357, 0.316))
