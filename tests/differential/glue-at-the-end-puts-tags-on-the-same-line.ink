Fog on the river <> #dusk
-> END
