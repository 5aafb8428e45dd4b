"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L29H7
label: first token
source: offline search (seed 0), fitted for L29H7; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L29H7", label="first token")
def L29H7(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 4.03 * (k == q) + 0.0196 * (k == q - 1) + 52.8 * (k == 0) + 0.206 * (k == word_start(q)) + 0.637 * (k >= sentence_start(q)) + 0.336 * decay(q - k, 1.0) + 0.966 * decay(q - k, 3.0) + 0.625 * decay(q - k, 10.0) + 1.36 * ((k == 0) * decay(q, 32.0)) + 5.8 * (k == 0 and is_word_start(q)) + 4.2 * (k == q and is_word_start(q)) + 15.8 * (k == prev_occurrence(q) + 1) + 2.55 * table(word_class(k), 0.52, 0.789, 0.133, 0.157, 0.49, 0.222, 0.362, 0.542, 0.236, 1.44, 0.0424, 0.519, 0.456) + 8.83 * ((k == 0) * table(word_class(q), 3.27, 11.6, 2.03, 3.9, 2.97, 0.555, 3.68, 0.28, 0.387, 0.329, 2.17, 7.26, 0.294)) + 3.99 * ((k == q) * table(word_class(q), 0.955, 0.248, 1.3, 0.328, 1.52, 1.8, 0.51, 1.05, 4.8, 5.53, 53.5, 0.281, 5.16)) + 0.944 * ((k == q - 1) * table(word_class(q), 0.341, 0.189, 0.505, 0.485, 0.205, 2.52, 0.399, 2.85, 4.08, 1.35, 46.5, 0.256, 5.11))
