"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H7
label: first token
source: offline search (seed 0), fitted for L18H7; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L18H7", label="first token")
def L18H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.118 * (k == q - 1) + 0.301 * (k == q - 2) + 0.995 * (k == q - 3) + 44500.0 * (k == 0) + 0.734 * (k == last(is_word_start, q)) + 0.00462 * (k >= sentence_start(q)) + 0.0265 * decay(q - k, 1.0) + 0.0106 * decay(q - k, 3.0) + 43.7 * ((k == 0) * decay(q, 32.0)) + 403.0 * (k == 0 and is_word_start(q)) + 11.8 * (k == prev_occurrence(q) + 1) + 0.0494 * (k == last(is_function_word, q)) + 0.217 * table(word_class(k), 0.00247, 0.161, 0.18, 0.222, 0.112, 0.272, 0.226, 0.295, 0.116, 0.276, 0.161, 0.303, 0.252) + 1.34 * ((k == 0) * table(word_class(q), 23.0, 5.03, 5.39, 2.44, 5.75, 3.32, 3.27, 1.33, 4.62, 3.81, 4.06, 4.11, 1.67)) + 0.244 * ((k == q) * table(word_class(q), 0.252, 0.3, 0.305, 0.323, 0.304, 0.337, 0.319, 0.336, 0.335, 0.316, 0.311, 0.307, 0.336)) + 0.584 * ((k == q - 1) * table(word_class(q), 0.255, 0.307, 0.3, 0.318, 0.3, 0.322, 0.314, 0.324, 0.312, 0.315, 0.309, 0.309, 0.338))
