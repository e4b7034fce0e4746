// Draws each chart from the table that carries its figures (data-graphique="id of the chart's box"):
// the table stays the readable version, the chart is drawn from it, without any inline script.
document.addEventListener('DOMContentLoaded', () => {
    if (typeof echarts === 'undefined') {
        return;
    }
    document.querySelectorAll('table[data-graphique]').forEach(table => {
        const boite = document.getElementById(table.dataset.graphique);
        if (!boite) {
            return;
        }
        const colonnes = [...table.querySelectorAll('thead th')].slice(1).map(th => th.textContent.trim());
        const series = [...table.querySelectorAll('tbody tr')].map(ligne => ({
            name: ligne.querySelector('th').textContent.trim(),
            type: 'bar',
            stack: 'total',
            data: [...ligne.querySelectorAll('td')].map(td => Number(td.textContent.trim()))
        }));
        const graphique = echarts.init(boite);
        graphique.setOption({
            animation: false,
            tooltip: {trigger: 'axis'},
            legend: {top: 0},
            grid: {left: 40, right: 16, top: 40, bottom: 32},
            xAxis: {type: 'category', data: colonnes},
            yAxis: {type: 'value', minInterval: 1},
            series: series
        });
        window.addEventListener('resize', () => graphique.resize());
    });
});
