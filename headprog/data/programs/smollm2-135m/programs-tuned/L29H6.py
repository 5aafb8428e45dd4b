"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H6
label: first token
source: offline search (seed 0), fitted for L29H6; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L29H6", label="first token")
def L29H6(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.11 * (k == q) + 3.5 * (k == q - 1) + 63.3 * (k == 0) + 1.03 * (k == word_start(q)) + 0.213 * (k >= sentence_start(q)) + 1.45 * decay(q - k, 1.0) + 7.77 * decay(q - k, 3.0) + 0.169 * decay(q - k, 10.0) + 126.0 * ((k == 0) * decay(q, 32.0)) + 6.37 * (k == 0 and is_word_start(q)) + 0.119 * (k == q and is_word_start(q)) + 0.337 * (k == prev_occurrence(q) + 1) + 0.151 * table(word_class(k), 0.451, 0.28, 0.172, 0.243, 0.275, 0.103, 0.246, 0.394, 0.109, 0.421, 0.0335, 0.215, 0.142) + 0.127 * ((k == 0) * table(word_class(q), 2.79, 10.0, 0.626, 1.42, 1.09, 0.278, 1.61, 0.904, 0.492, 5.9, 1.4, 6.94, 1.76)) + 0.115 * ((k == q) * table(word_class(q), 17.6, 0.436, 0.814, 0.465, 0.372, 0.908, 0.466, 0.84, 0.563, 0.323, 11.3, 0.52, 0.328)) + 6.96 * ((k == q - 1) * table(word_class(q), 0.215, 0.212, 0.561, 0.385, 1.86, 11.6, 0.965, 0.622, 13.6, 0.23, 29.3, 0.23, 0.442))
