// Draws each chart from the table that carries its figures (data-graphique="id of the chart's box"):
// the table stays the readable version, the chart is drawn from it, without any inline script.
//
// Two readings of a table:
// - by default (the supervision's), each body row is a series named by its header cell, each column after
//   the first a category, drawn as stacked bars;
// - data-categories="lignes": each body row is a category named by its header cell, each column whose
//   header carries data-serie a series; data-type chooses "barres" (the default), "ligne" or "secteurs"
//   (a pie of the first such column). The footer (totals) is not drawn.
// A cell's figure is its data-valeur when it has one (1234.56, never the French text "1 234,56 €"; empty for
// no figure), else its text. data-unite="euros" or "pourcent" writes the tooltip and the axis in French.
document.addEventListener('DOMContentLoaded', () => {
    if (typeof echarts === 'undefined') {
        return;
    }
    const texte = element => element.textContent.trim();
    const valeur = cellule => {
        const brute = cellule.dataset.valeur !== undefined ? cellule.dataset.valeur : texte(cellule);
        return brute === '' ? null : Number(brute);
    };
    const euros = new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'EUR'});
    const eurosRonds = new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'EUR', maximumFractionDigits: 0});
    const nombre = new Intl.NumberFormat('fr-FR', {maximumFractionDigits: 2});
    // The tooltip's figure to the cent, the axis's rounded.
    const ecrire = (unite, axe) => v => v === null || v === undefined ? '—'
        : unite === 'euros' ? (axe ? eurosRonds : euros).format(v)
        : unite === 'pourcent' ? nombre.format(v) + ' %' : nombre.format(v);

    const parSeries = table => {
        const colonnes = [...table.querySelectorAll('thead th')].slice(1).map(texte);
        const series = [...table.querySelectorAll('tbody tr')].map(ligne => ({
            name: texte(ligne.querySelector('th')),
            type: 'bar',
            stack: 'total',
            data: [...ligne.querySelectorAll('td')].map(valeur)
        }));
        return {
            tooltip: {trigger: 'axis'},
            legend: {top: 0},
            grid: {left: 40, right: 16, top: 40, bottom: 32},
            xAxis: {type: 'category', data: colonnes},
            yAxis: {type: 'value', minInterval: 1},
            series: series
        };
    };

    const parCategories = table => {
        const unite = table.dataset.unite;
        const format = ecrire(unite);
        const entetes = [...table.querySelectorAll('thead th')];
        const colonnes = entetes.map((th, rang) => ({th, rang})).filter(colonne => colonne.th.hasAttribute('data-serie'));
        const lignes = [...table.querySelectorAll('tbody tr')];
        const categories = lignes.map(ligne => texte(ligne.querySelector('th')));
        // The row's header cell is its first cell: the n-th header column is the n-th cell of the row.
        const figures = colonne => lignes.map(ligne => valeur(ligne.children[colonne.rang]));
        // The tooltip's words are the table's own, escaped: ECharts writes them as HTML.
        const html = echarts.format.encodeHTML;
        if (table.dataset.type === 'secteurs') {
            const colonne = colonnes[0];
            return {
                tooltip: {trigger: 'item', formatter: point => html(point.name) + ' : ' + html(format(point.value))
                        + ' (' + nombre.format(point.percent) + ' %)'},
                legend: {top: 0},
                series: [{
                    name: texte(colonne.th),
                    type: 'pie',
                    radius: ['35%', '65%'],
                    top: 30,
                    data: figures(colonne).map((v, i) => ({name: categories[i], value: v})).filter(point => point.value)
                }]
            };
        }
        const ligne = table.dataset.type === 'ligne';
        return {
            tooltip: {
                trigger: 'axis',
                formatter: points => html(points[0].name) + points.map(point =>
                    '<br>' + html(point.seriesName) + ' : ' + html(format(point.value))).join('')
            },
            legend: {top: 0},
            grid: {left: 16, right: 16, top: 40, bottom: 32, containLabel: true},
            xAxis: {type: 'category', data: categories, axisLabel: {interval: 0, hideOverlap: true}},
            yAxis: {type: 'value', axisLabel: {formatter: ecrire(unite, true)}},
            series: colonnes.map(colonne => ({
                name: texte(colonne.th),
                type: ligne ? 'line' : 'bar',
                connectNulls: false,
                data: figures(colonne)
            }))
        };
    };

    document.querySelectorAll('table[data-graphique]').forEach(table => {
        const boite = document.getElementById(table.dataset.graphique);
        if (!boite) {
            return;
        }
        const options = table.dataset.categories === 'lignes' ? parCategories(table) : parSeries(table);
        const graphique = echarts.init(boite);
        graphique.setOption(Object.assign({animation: false}, options));
        window.addEventListener('resize', () => graphique.resize());
    });
});
