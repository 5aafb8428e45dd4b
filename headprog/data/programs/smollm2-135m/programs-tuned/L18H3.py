"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L18H3
label: first token
source: offline search (seed 0), fitted for L18H3; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L18H3", label="first token")
def L18H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.205 * (k == q - 1) + 2.16 * (k == q - 2) + 0.257 * (k == q - 3) + 168.0 * (k == 0) + 0.16 * (k == last(is_word_start, q)) + 1.38 * (k >= sentence_start(q)) + 0.972 * decay(q - k, 1.0) + 7.26 * decay(q - k, 3.0) + 41.1 * ((k == 0) * decay(q, 32.0)) + 0.865 * (k == 0 and is_word_start(q)) + 3.54 * (k == prev_occurrence(q) + 1) + 0.076 * (k == last(is_function_word, q)) + 0.141 * table(word_class(k), 0.164, 0.309, 0.086, 0.136, 0.0719, 0.0864, 0.213, 0.215, 0.115, 0.656, 0.0494, 0.139, 0.213) + 0.937 * ((k == 0) * table(word_class(q), 17.0, 12.2, 0.385, 0.279, 0.728, 0.287, 0.305, 0.29, 0.73, 0.314, 5.78, 7.96, 1.56)) + 5.09 * ((k == q) * table(word_class(q), 0.869, 0.225, 1.74, 5.48, 0.893, 6.94, 5.77, 4.3, 5.13, 11.1, 0.268, 0.208, 5.51)) + 0.304 * ((k == q - 1) * table(word_class(q), 0.227, 0.188, 5.88, 5.94, 2.46, 139.0, 8.37, 5.17, 9.55, 3.17, 0.237, 0.207, 1.49))
