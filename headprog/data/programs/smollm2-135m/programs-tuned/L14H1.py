"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H1
label: first token
source: offline search (seed 0), fitted for L14H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L14H1", label="first token")
def L14H1(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.93 * (k == q) + 1.73 * (k == q - 2) + 0.506 * (k == q - 3) + 111.0 * (k == 0) + 0.305 * (k < q and token(k) == token(q)) + 0.235 * (k < q and lower(k) == lower(q)) + 1.8 * (k >= sentence_start(q)) + 1.23 * decay(q - k, 3.0) + 1.4 * decay(q - k, 10.0) + 12.7 * ((k == 0) * decay(q, 32.0)) + 9.21 * (k == 0 and is_word_start(q)) + 0.163 * (k < q and word_class(k) == word_class(q)) + 1.99 * table(word_class(k), 0.396, 0.163, 0.18, 0.238, 0.247, 0.551, 0.373, 0.249, 0.385, 2.18, 0.0781, 0.18, 1.41) + 0.586 * ((k == 0) * table(word_class(q), 8.0, 3.03, 3.22, 0.699, 3.3, 0.594, 0.54, 0.301, 0.794, 0.58, 4.08, 2.6, 0.366)) + 1.12 * ((k == q) * table(word_class(q), 1.69, 2.58, 0.38, 1.06, 0.414, 2.24, 0.872, 4.88, 2.99, 6.13, 0.493, 3.18, 5.72)) + 8.77 * ((k == q - 1) * table(word_class(q), 0.213, 0.47, 0.474, 2.13, 0.922, 4.37, 0.658, 5.1, 2.26, 0.301, 0.258, 0.42, 2.85))
