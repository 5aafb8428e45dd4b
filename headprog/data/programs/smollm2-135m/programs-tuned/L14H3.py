"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H3
label: first token
source: offline search (seed 0), fitted for L14H3; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L14H3", label="first token")
def L14H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 41.7 * (k == q) + 0.592 * (k == q - 2) + 0.34 * (k == q - 3) + 215.0 * (k == 0) + 40.2 * (k < q and token(k) == token(q)) + 3.14 * (k < q and lower(k) == lower(q)) + 0.0981 * (k >= sentence_start(q)) + 0.238 * decay(q - k, 3.0) + 0.101 * decay(q - k, 10.0) + 11.0 * ((k == 0) * decay(q, 32.0)) + 29.2 * (k == 0 and is_word_start(q)) + 1.26 * (k < q and word_class(k) == word_class(q)) + 2.55 * table(word_class(k), 0.0881, 0.111, 0.0767, 0.151, 0.131, 0.133, 0.15, 0.245, 0.139, 0.628, 0.109, 0.0464, 0.234) + 0.708 * ((k == 0) * table(word_class(q), 7.72, 4.46, 3.83, 1.53, 3.21, 2.62, 0.935, 0.512, 3.07, 0.332, 2.51, 3.49, 0.358)) + 6.54 * ((k == q) * table(word_class(q), 2.82, 0.415, 0.844, 0.629, 3.45, 1.4, 3.78, 1.78, 1.68, 6.29, 2.12, 0.572, 5.6)) + 9.47 * ((k == q - 1) * table(word_class(q), 0.152, 0.25, 0.533, 0.487, 0.55, 0.317, 0.858, 3.34, 0.278, 0.327, 0.287, 0.28, 4.33))
