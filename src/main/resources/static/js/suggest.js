// Completes what is typed into the search boxes with article titles, actors and outlets from
// /api/suggest, as an ARIA combobox with a grouped listbox. Without this script the boxes are plain
// search fields whose forms submit as usual.
(function () {
    'use strict';

    const script = document.currentScript;
    const endpoint = script.dataset.endpoint;
    const groups = [
        {key: 'titles', label: script.dataset.titles},
        {key: 'actors', label: script.dataset.actors},
        {key: 'outlets', label: script.dataset.outlets}
    ];
    const DELAY_MS = 150;
    const MIN_LENGTH = 2;
    const MAX_LENGTH = 100;

    function enhance(input) {
        const wrapper = document.createElement('div');
        wrapper.className = 'suggest';
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);

        const list = document.createElement('div');
        list.id = input.id + '-suggestions';
        list.className = 'suggestions';
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-label', script.dataset.label);
        list.hidden = true;
        wrapper.appendChild(list);

        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('aria-expanded', 'false');
        // The browser's own list of past entries would cover this one.
        input.setAttribute('autocomplete', 'off');

        let options = [];
        let active = -1;
        let timer;
        let pending;

        function open() {
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            select(-1);
        }

        function select(index) {
            options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
            active = index;
            if (index < 0) {
                input.removeAttribute('aria-activedescendant');
            } else {
                input.setAttribute('aria-activedescendant', options[index].id);
                options[index].scrollIntoView({block: 'nearest'});
            }
        }

        function go(option) {
            window.location.assign(option.dataset.url);
        }

        function show(found) {
            list.replaceChildren();
            options = [];
            for (const group of groups) {
                const items = found[group.key] || [];
                if (items.length === 0) {
                    continue;
                }
                const box = document.createElement('ul');
                box.setAttribute('role', 'group');
                const heading = document.createElement('li');
                heading.id = list.id + '-' + group.key;
                heading.className = 'suggestions-group';
                heading.setAttribute('role', 'presentation');
                heading.textContent = group.label;
                box.setAttribute('aria-labelledby', heading.id);
                box.appendChild(heading);
                for (const item of items) {
                    const option = document.createElement('li');
                    option.id = list.id + '-' + options.length;
                    option.className = 'suggestion';
                    option.setAttribute('role', 'option');
                    option.textContent = item.label;
                    option.dataset.url = item.url;
                    // Keeps the focus in the box, so that it does not close before the click lands.
                    option.addEventListener('mousedown', event => event.preventDefault());
                    option.addEventListener('click', () => go(option));
                    box.appendChild(option);
                    options.push(option);
                }
                list.appendChild(box);
            }
            select(-1);
            if (options.length > 0) {
                open();
            } else {
                close();
            }
        }

        function load(typed) {
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            fetch(endpoint + '?q=' + encodeURIComponent(typed), {
                signal: pending.signal,
                headers: {Accept: 'application/json'}
            })
                .then(response => response.ok ? response.json() : null)
                .then(found => {
                    if (found && input.value.trim() === typed) {
                        show(found);
                    }
                })
                // Aborted for newer text, or offline: the box stays a plain search field.
                .catch(() => undefined);
        }

        input.addEventListener('input', () => {
            clearTimeout(timer);
            const typed = input.value.trim();
            if (typed.length < MIN_LENGTH || typed.length > MAX_LENGTH) {
                close();
                return;
            }
            timer = setTimeout(() => load(typed), DELAY_MS);
        });

        input.addEventListener('keydown', event => {
            if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length > 0) {
                event.preventDefault();
                open();
                // Past either end the selection returns to the box, where typing goes on.
                let next = active + (event.key === 'ArrowDown' ? 1 : -1);
                if (next < -1) {
                    next = options.length - 1;
                } else if (next >= options.length) {
                    next = -1;
                }
                select(next);
            } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
                event.preventDefault();
                go(options[active]);
            } else if (event.key === 'Escape' && !list.hidden) {
                // Otherwise a search field would also clear its text.
                event.preventDefault();
                close();
            }
        });

        input.addEventListener('blur', close);
    }

    document.querySelectorAll('#site-search, #search-query').forEach(enhance);
})();
