"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H6
label: first token
source: offline search (seed 0), fitted for L26H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L26H6", label="first token")
def L26H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 2.64 * (k == q) + 0.488 * (k == q - 2) + 147.0 * (k == 0) + 54.3 * (k == last(is_punct, q)) + 1.76 * (k == last(is_punct, q) + 1) + 0.395 * (k >= sentence_start(q)) + 1.2 * decay(q - k, 1.0) + 1.53 * decay(q - k, 3.0) + 1.58 * ((k == 0) * decay(q, 32.0)) + 26.0 * (k == 0 and is_word_start(q)) + 0.526 * (k == q and is_word_start(q)) + 44.6 * (k == 0 and is_function_word(q)) + 1.4 * table(word_class(k), 0.0243, 0.0273, 0.0689, 0.0696, 0.0217, 0.0509, 0.232, 0.228, 0.0706, 2.11, 0.0201, 0.0224, 2.45) + 0.487 * ((k == 0) * table(word_class(q), 0.904, 2.05, 4.68, 1.95, 4.58, 3.82, 0.447, 1.51, 3.33, 0.599, 3.38, 3.64, 3.8)) + 4.76 * ((k == q) * table(word_class(q), 3.05, 1.65, 0.327, 6.8, 0.235, 0.307, 9.96, 1.09, 0.65, 16.1, 0.331, 0.312, 0.277)) + 2.44 * ((k == q - 1) * table(word_class(q), 3.77, 0.234, 0.24, 5.89, 0.237, 0.267, 7.49, 1.86, 0.278, 0.318, 0.326, 0.382, 0.277))
