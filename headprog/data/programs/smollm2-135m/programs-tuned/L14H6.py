"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H6
label: first token
source: offline search (seed 0), fitted for L14H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L14H6", label="first token")
def L14H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.107 * (k == q) + 1.59 * (k == q - 2) + 3.64 * (k == q - 3) + 265.0 * (k == 0) + 1.95 * (k < q and token(k) == token(q)) + 1.55 * (k < q and lower(k) == lower(q)) + 1.66 * (k >= sentence_start(q)) + 2.84 * decay(q - k, 3.0) + 10.2 * decay(q - k, 10.0) + 8.84 * ((k == 0) * decay(q, 32.0)) + 1.45 * (k == 0 and is_word_start(q)) + 0.246 * (k < q and word_class(k) == word_class(q)) + 0.843 * table(word_class(k), 0.469, 0.349, 0.0928, 0.183, 0.075, 0.149, 0.269, 0.313, 0.199, 3.41, 0.0369, 0.326, 1.32) + 2.84 * ((k == 0) * table(word_class(q), 3.57, 7.36, 0.71, 0.266, 1.0, 0.682, 0.281, 0.309, 1.91, 0.3, 5.73, 6.35, 0.27)) + 0.983 * ((k == q) * table(word_class(q), 0.677, 0.247, 0.332, 2.46, 0.369, 5.92, 4.63, 1.6, 1.56, 8.29, 0.254, 0.261, 5.65)) + 8.54 * ((k == q - 1) * table(word_class(q), 0.301, 0.234, 4.5, 6.08, 3.95, 9.96, 6.37, 5.28, 4.21, 5.56, 0.25, 0.267, 5.33))
