"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H3
label: first token
source: offline search (seed 0), fitted for L24H3; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L24H3", label="first token")
def L24H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 10.3 * (k == q - 2) + 627.0 * (k == 0) + 0.55 * (k >= sentence_start(q)) + 0.0132 * is_punct(k) + 0.185 * is_sentence_end(k) + 23.9 * decay(q - k, 1.0) + 5.69 * decay(q - k, 3.0) + 12.8 * ((k == 0) * decay(q, 32.0)) + 6.47 * (k == 0 and is_word_start(q)) + 0.366 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 0.602 * (k == last(is_function_word, q) + 1) + 0.457 * (k == 0 and is_function_word(q)) + 1.91 * table(word_class(k), 0.128, 0.187, 0.139, 0.144, 0.232, 0.1, 0.109, 0.245, 0.0589, 0.124, 0.0533, 0.0701, 0.134) + 6.41 * ((k == 0) * table(word_class(q), 1.3, 4.11, 0.464, 1.1, 0.699, 2.1, 3.57, 2.35, 0.955, 5.08, 3.33, 3.36, 4.35)) + 5.16 * ((k == q) * table(word_class(q), 7.35, 0.438, 4.36, 1.94, 3.4, 0.358, 0.294, 0.472, 1.11, 0.254, 0.704, 0.56, 0.278)) + 9.85 * ((k == q - 1) * table(word_class(q), 6.36, 0.275, 8.6, 4.77, 6.27, 1.97, 0.347, 0.393, 3.12, 0.275, 0.304, 0.47, 0.277))
