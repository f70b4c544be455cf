package org.wegov.search.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

@AnalysisSettings
public interface CjkBigramSettings {
    @BooleanSetting(path = "output_unigrams", defaultValue = false)
    boolean outputUnigrams();
}
