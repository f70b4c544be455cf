package org.wegov.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Pairs of adjacent Han, Hiragana, Katakana and Hangul characters, so that a Korean or
 * Chinese word is found inside a longer one ("서울" in "서울특별시"). Latin words pass unchanged.
 */
@NamedComponent("cjk_bigram")
public final class CjkBigramTokenFilterFactory implements TokenFilterFactory {
    private final boolean outputUnigrams;

    @Inject
    public CjkBigramTokenFilterFactory(CjkBigramSettings settings) {
        this.outputUnigrams = settings.outputUnigrams();
    }

    @Override
    public TokenStream create(TokenStream input) {
        int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        return new CJKBigramFilter(input, scripts, outputUnigrams);
    }
}
