package org.wegov.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

@NamedComponent("ngram")
public final class NGramTokenFilterFactory implements TokenFilterFactory {
    private final GramSettings settings;

    @Inject
    public NGramTokenFilterFactory(GramSettings settings) {
        this.settings = settings;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new NGramTokenFilter(input, settings.minGram(), settings.maxGram(), settings.preserveOriginal());
    }
}
