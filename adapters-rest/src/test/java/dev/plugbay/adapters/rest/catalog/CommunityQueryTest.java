package dev.plugbay.adapters.rest.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommunityQueryTest {

    @Test
    void aPageLinkKeepsTheGivenParametersPercentEncodedAndReplacesThePage() {
        CommunityQuery query = new CommunityQuery("smart clock & co+ é", null, "time", "name", "4", "20", "include", "all");

        assertEquals("/api/v1/plugins/community?q=smart%20clock%20%26%20co%2B%20%C3%A9&tag=time&sort=name&installed=include&kind=all&size=20&page=5",
                query.pageLink(5, 20));
    }

    @Test
    void aPageLinkOfAQueryGivingOnlyAPageNamesOnlyThePage() {
        assertEquals("/api/v1/plugins/community?page=3", new CommunityQuery(null, null, null, null, "2", null, null, null).pageLink(3, 50));
    }

    @Test
    void aPageLinkOfAnUnpagedQueryNamesTheSizeItsPageHad() {
        assertEquals("/api/v1/plugins/community?size=1000&page=2",
                new CommunityQuery(null, null, null, null, null, null, null, null).pageLink(2, 1000));
    }
}
